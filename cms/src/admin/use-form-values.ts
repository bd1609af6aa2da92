import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';

/** The edit form's current values (what the editor typed, saved or not); a hook, for document actions. */
export function useFormValues(): Record<string, unknown> | undefined {
  const { form } = useContentManagerContext();
  return (form as { values?: Record<string, unknown> } | undefined)?.values;
}
