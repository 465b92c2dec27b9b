export { supplyMaterialOperation as definition } from '@zwfw/core/operations/supply-material';
