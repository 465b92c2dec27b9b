export { createUploadOperation as definition } from '@zwfw/core/operations/create-upload';
