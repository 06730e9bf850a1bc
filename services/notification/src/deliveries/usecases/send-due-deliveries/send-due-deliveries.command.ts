/** One pass of the sender over what is due. The actor is the service itself. */
export interface SendDueDeliveriesCommand {
  /** At most this many deliveries in the pass. */
  limit: number;
}
