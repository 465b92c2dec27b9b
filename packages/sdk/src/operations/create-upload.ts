export { createUploadCall as definition } from '@zwfw/core/operations/create-upload';
