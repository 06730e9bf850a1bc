import { Module } from '@nestjs/common';
import { ServiceClients } from '../clients/service-clients';
import { AdminUsersController, SwitchRoleController } from './admin-users.controller';
import { AdminUsersQueries } from './admin-users.queries';
import { AuditController } from './audit.controller';
import { DeliveryLogController } from './delivery-log.controller';
import { MailCatcherController } from './mail-catcher.controller';
import { CreateUserUseCase } from './usecases/create-user/create-user.usecase';
import { DisableUserUseCase } from './usecases/disable-user/disable-user.usecase';
import { EnableUserUseCase } from './usecases/enable-user/enable-user.usecase';
import { ResetUserPasswordUseCase } from './usecases/reset-user-password/reset-user-password.usecase';
import { SwitchRoleUseCase } from './usecases/switch-role/switch-role.usecase';
import { UnlockUserUseCase } from './usecases/unlock-user/unlock-user.usecase';
import { UpdateUserUseCase } from './usecases/update-user/update-user.usecase';

/** The institute administrator's users (several roles each), the role switch, and the audit log of every service. */
@Module({
  controllers: [AdminUsersController, SwitchRoleController, AuditController, DeliveryLogController, MailCatcherController],
  providers: [
    ServiceClients,
    AdminUsersQueries,
    CreateUserUseCase,
    UpdateUserUseCase,
    DisableUserUseCase,
    EnableUserUseCase,
    UnlockUserUseCase,
    ResetUserPasswordUseCase,
    SwitchRoleUseCase,
  ],
})
export class AdminUsersModule {}
