import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';

/** A reader of the edit form's latest values (what the editor typed, saved or not); a hook, for document actions. */
export function useFormValues(): () => Record<string, unknown> | undefined {
  const { form } = useContentManagerContext();
  const state = form as { getValues?: () => Record<string, unknown>; values?: Record<string, unknown> } | undefined;
  return () => state?.getValues?.() ?? state?.values;
}
