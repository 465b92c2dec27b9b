export { supplyMaterialCall as definition } from '@zwfw/core/operations/supply-material';
