import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller';
import { RecordAttendanceUseCase } from './usecases/record-attendance/record-attendance.usecase';
import { UploadAttendanceUseCase } from './usecases/upload-attendance/upload-attendance.usecase';

@Module({
  controllers: [AttendanceController],
  providers: [RecordAttendanceUseCase, UploadAttendanceUseCase],
})
export class AttendanceModule {}
