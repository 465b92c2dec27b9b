export { getMatterOperation as definition } from '@zwfw/core/operations/get-matter';
