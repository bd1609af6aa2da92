import { factories } from '@strapi/strapi';

// Read-only: the public site and its build token never write.
export default factories.createCoreRouter('api::legal-document.legal-document', { only: ['find', 'findOne'] });
