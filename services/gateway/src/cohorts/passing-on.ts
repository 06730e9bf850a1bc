export { textQuery } from '../clients/service-clients';
