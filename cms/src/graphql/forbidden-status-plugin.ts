/**
 * GraphQL answers HTTP 200 even when Strapi refuses a read (a draft, a
 * publication filter). The REST API answers 403 for the same refusal, and
 * clients and monitoring should not have to parse the body to see it: a
 * response whose errors include FORBIDDEN goes out as 403.
 */
export const forbiddenStatusPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({
        response,
      }: {
        response: { http: { status?: number }; body: { kind: string; singleResult?: { errors?: readonly { extensions?: Record<string, unknown> }[] } } };
      }) {
        if (response.body.kind !== 'single') return;
        if (response.body.singleResult?.errors?.some((error) => error.extensions?.code === 'FORBIDDEN')) response.http.status = 403;
      },
    };
  },
};
