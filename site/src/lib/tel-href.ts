/** A `tel:` link for a phone number as editors write it ("0218 3000 000", "(0218) 3.000.000"): digits and a leading + only. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
