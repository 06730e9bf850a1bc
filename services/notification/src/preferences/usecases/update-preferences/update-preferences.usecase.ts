import { fieldError, invalidInput } from '@baeum/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Preferences, PreferencesQueries } from '../../preferences.queries';
import { UpdatePreferencesCommand } from './update-preferences.command';

/** 알림 설정: e-mail and texts on or off, and the quiet hours that hold texts; the caller's own only. */
@Injectable()
export class UpdatePreferencesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly preferences: PreferencesQueries,
  ) {}

  async execute(command: UpdatePreferencesCommand): Promise<Preferences> {
    const { quietStart, quietEnd } = command;
    if ((quietStart === null) !== (quietEnd === null)) {
      throw invalidInput([
        fieldError(
          quietStart === null ? 'quietStart' : 'quietEnd',
          'NOTIFY.QUIET_HOURS_HALF',
          undefined,
          '방해 금지 시작과 끝을 함께 정하거나 둘 다 비우세요 / give both quietStart and quietEnd, or neither',
        ),
      ]);
    }
    if (quietStart !== null && quietStart === quietEnd) {
      throw invalidInput([
        fieldError(
          'quietEnd',
          'NOTIFY.QUIET_HOURS_EMPTY',
          undefined,
          '방해 금지 시작과 끝을 서로 다른 시각으로 정하세요 / quietEnd must differ from quietStart',
        ),
      ]);
    }
    const chosen: Preferences = {
      email: command.email,
      sms: command.sms,
      quietHours: quietStart !== null && quietEnd !== null ? { start: quietStart, end: quietEnd } : null,
    };
    await this.dataSource.transaction((tx) => this.preferences.save(tx, command.owner.tenantId, command.owner.userId, chosen));
    return chosen;
  }
}
