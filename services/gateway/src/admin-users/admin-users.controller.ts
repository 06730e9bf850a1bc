import {
  AdminUserPage,
  AdminUserPasswordView,
  AdminUserQuery,
  AdminUserView,
  CreateAdminUserDto,
  SessionView,
  SwitchRoleDto,
  UpdateAdminUserDto,
} from '@baeum/api';
import { AuthUser, CurrentUser, Roles } from '@baeum/service-kit';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminUsersQueries } from './admin-users.queries';
import { CreateUserUseCase } from './usecases/create-user/create-user.usecase';
import { DisableUserUseCase } from './usecases/disable-user/disable-user.usecase';
import { EnableUserUseCase } from './usecases/enable-user/enable-user.usecase';
import { ResetUserPasswordUseCase } from './usecases/reset-user-password/reset-user-password.usecase';
import { SwitchRoleUseCase } from './usecases/switch-role/switch-role.usecase';
import { UnlockUserUseCase } from './usecases/unlock-user/unlock-user.usecase';
import { UpdateUserUseCase } from './usecases/update-user/update-user.usecase';

const uuid = new ParseUUIDPipe();

/** 사용자 관리: the institute administrator's users, always of their own institute. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/users')
@Roles('admin')
export class AdminUsersController {
  constructor(
    private readonly queries: AdminUsersQueries,
    private readonly createUser: CreateUserUseCase,
    private readonly updateUser: UpdateUserUseCase,
    private readonly disableUser: DisableUserUseCase,
    private readonly enableUser: EnableUserUseCase,
    private readonly unlockUser: UnlockUserUseCase,
    private readonly resetPassword: ResetUserPasswordUseCase,
  ) {}

  @Get()
  @ApiOkResponse({ type: AdminUserPage })
  list(@CurrentUser() caller: AuthUser, @Query() query: AdminUserQuery): Promise<AdminUserPage> {
    return this.queries.page(caller.tenantId, query);
  }

  @Post()
  @ApiCreatedResponse({ type: AdminUserPasswordView })
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateAdminUserDto): Promise<AdminUserPasswordView> {
    return this.createUser.execute(caller, body);
  }

  @Patch(':id')
  @ApiOkResponse({ type: AdminUserView })
  update(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string, @Body() body: UpdateAdminUserDto): Promise<AdminUserView> {
    return this.updateUser.execute(caller, id, body);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserView })
  disable(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<AdminUserView> {
    return this.disableUser.execute(caller, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserView })
  enable(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<AdminUserView> {
    return this.enableUser.execute(caller, id);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserView })
  unlock(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<AdminUserView> {
    return this.unlockUser.execute(caller, id);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: AdminUserPasswordView })
  reset(@CurrentUser() caller: AuthUser, @Param('id', uuid) id: string): Promise<AdminUserPasswordView> {
    return this.resetPassword.execute(caller, id);
  }
}

/** 역할 전환: every signed-in user may act in another of their own roles. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/auth')
export class SwitchRoleController {
  constructor(private readonly switchRole: SwitchRoleUseCase) {}

  @Post('switch-role')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionView })
  switch(@CurrentUser() caller: AuthUser, @Body() body: SwitchRoleDto): Promise<SessionView> {
    return this.switchRole.execute(caller, body.role);
  }
}
