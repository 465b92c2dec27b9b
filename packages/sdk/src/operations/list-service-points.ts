export { listServicePointsCall as definition } from '@zwfw/core/operations/list-service-points';
