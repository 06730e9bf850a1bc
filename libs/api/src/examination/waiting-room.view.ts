import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** 대기열: the caller's place in the waiting room in front of exam applications. */
export class WaitingRoomView {
  @ApiProperty({ description: 'whether the caller holds a place (joined by a submission turned away as queued)' })
  queued: boolean;

  @ApiProperty({ description: 'let in: resend the submission with the pass' })
  admitted: boolean;

  @ApiPropertyOptional({ description: "대기번호: the caller's number in arrival order, while they hold a place", example: 5321 })
  ticket?: number;

  @ApiProperty({ description: 'people ahead of the caller still waiting', example: 1280 })
  ahead: number;

  @ApiProperty({ description: 'estimated seconds until the caller is let in', example: 26 })
  estimatedWaitSeconds: number;

  @ApiProperty({ description: 'people let in per second, the rate the exam service sustains', example: 50 })
  admittedPerSecond: number;

  @ApiPropertyOptional({
    description:
      'send as the X-Waiting-Room-Pass header with the submission; given to every holder of a place, it opens at their turn ' +
      '(at once when admitted, after estimatedWaitSeconds while waiting), so nobody needs to ask again meanwhile',
  })
  pass?: string;

  @ApiPropertyOptional({ description: 'seconds the pass stays valid once open' })
  passSeconds?: number;
}
