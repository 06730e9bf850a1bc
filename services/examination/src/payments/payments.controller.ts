import { CheckoutView, PaymentCallbackDto, PaymentReceiptView, SimulatedApprovalDto, SimulatedApprovalView } from '@baeum/api';
import { AuthUser, badRequest, CurrentUser, Public, Roles, SERVICE_ENV } from '@baeum/service-kit';
import { BadGatewayException, Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ExaminationEnv } from '../config/env';
import { PAYMENT_PROVIDER, PaymentProvider } from '../fees/payment-provider';
import { SimulatedPaymentProvider } from './simulated-provider';
import { ConfirmPaymentUseCase } from './usecases/confirm-payment/confirm-payment.usecase';
import { StartPaymentUseCase } from './usecases/start-payment/start-payment.usecase';

@ApiTags('payments')
@Controller()
export class PaymentsController {
  constructor(
    private readonly startPayment: StartPaymentUseCase,
    private readonly confirmPayment: ConfirmPaymentUseCase,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    @Inject(SERVICE_ENV) private readonly env: ExaminationEnv,
  ) {}

  @ApiBearerAuth()
  @Post('applications/:id/payments')
  @Roles('applicant')
  @ApiCreatedResponse({ type: CheckoutView })
  start(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CheckoutView> {
    return this.startPayment.execute(user, id);
  }

  /** The provider's webhook: no token, the signature is the proof. */
  @Public()
  @Post('payments/callback')
  @HttpCode(200)
  @ApiOkResponse({ type: PaymentReceiptView })
  callback(@Body() body: PaymentCallbackDto): Promise<PaymentReceiptView> {
    return this.confirmPayment.execute(body);
  }

  /**
   * The simulated provider's checkout page: the applicant approves or declines, and the provider
   * delivers its signed callback (through the gateway's webhook when PAYMENT_CALLBACK_URL says so).
   */
  @Public()
  @Post('payment-simulator/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: SimulatedApprovalView })
  async simulate(@Body() body: SimulatedApprovalDto, @Req() request: Request): Promise<SimulatedApprovalView> {
    if (!(this.provider instanceof SimulatedPaymentProvider))
      throw badRequest('EXAM_PAYMENT.SIMULATOR_OFF', {
        message: '모의 결제를 쓰지 않는 설치입니다 / the simulated provider is not in use',
      });
    const claims = this.provider.readCheckout(body.checkoutToken);
    if (!claims)
      throw badRequest('EXAM_PAYMENT.BAD_CHECKOUT_TOKEN', {
        field: 'checkoutToken',
        message: '결제 정보가 올바르지 않습니다 / invalid checkout token',
      });
    const callback = this.provider.callbackFor(claims, body.outcome, new Date());
    const url = this.env.PAYMENT_CALLBACK_URL ?? `http://127.0.0.1:${request.socket.localPort}/payments/callback`;
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(callback),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (!answer?.ok)
      throw new BadGatewayException(
        `결제 결과를 전달하지 못했습니다. 다시 시도하세요 / the payment result could not be delivered (${answer?.status ?? 'unreachable'}); try again`,
      );
    return { outcome: body.outcome, ...((await answer.json()) as PaymentReceiptView) };
  }
}
