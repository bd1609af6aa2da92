import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::training-course.training-course');
