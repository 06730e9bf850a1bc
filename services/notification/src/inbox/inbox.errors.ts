import { notFound } from '@baeum/service-kit';

/** Another person's item answers as a missing one: nobody learns that it exists. */
export const inboxItemNotFound = () => notFound('INBOX.ITEM_NOT_FOUND', { message: '알림을 찾을 수 없습니다 / Inbox item not found' });
