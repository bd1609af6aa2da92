/** The piece of the content manager's plugin API this module uses. */
interface ContentManagerApis {
  addDocumentAction(actions: (current: { type?: string }[]) => { type?: string }[]): void;
}

/**
 * Strapi puts "Edit the model" (a jump into the Content-Type Builder) in every
 * edit view's menu, whatever the person's rights. Editors change content, not
 * the site's data model, which lives in cms/src/api and changes through code.
 */
export function hideEditTheModel(apis: ContentManagerApis): void {
  // Strapi 5.54 keeps its header menu's default items among the document actions, not the header actions.
  apis.addDocumentAction((actions) => actions.filter((action) => action.type !== 'edit-the-model'));
}
