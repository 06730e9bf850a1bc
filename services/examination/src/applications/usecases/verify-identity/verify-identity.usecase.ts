import { IdentityVerificationDto, IdentityVerificationView } from '@baeum/api';
import { AuthUser, badRequest } from '@baeum/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { IDENTITY_CONFIRMATION_VALID_MS } from '../../identity/confirmed-identity';
import { IDENTITY_VERIFICATION_PROVIDER, IdentityVerificationProvider } from '../../identity/identity-verification-provider';

/** 본인 확인: the wizard's first step; the reference it gives goes with the application. */
@Injectable()
export class VerifyIdentityUseCase {
  constructor(@Inject(IDENTITY_VERIFICATION_PROVIDER) private readonly provider: IdentityVerificationProvider) {}

  async execute(user: AuthUser, dto: IdentityVerificationDto): Promise<IdentityVerificationView> {
    const confirmation = await this.provider.confirm(user.userId, dto, new Date());
    if (!confirmation)
      throw badRequest('IDENTITY_VERIFICATION.NOT_CONFIRMED', {
        field: 'phone',
        message:
          '본인 확인에 실패했습니다. 성명, 생년월일, 본인 명의 휴대전화 번호를 확인하세요 / the provider did not confirm ' +
          'the name and birth date with this mobile number',
      });
    return {
      reference: confirmation.reference,
      nameKo: confirmation.nameKo,
      birthDate: confirmation.birthDate,
      phone: confirmation.phone,
      verifiedAt: confirmation.verifiedAt.toISOString(),
      expiresAt: new Date(confirmation.verifiedAt.getTime() + IDENTITY_CONFIRMATION_VALID_MS).toISOString(),
    };
  }
}
