export { getMatterCall as definition } from '@zwfw/core/operations/get-matter';
