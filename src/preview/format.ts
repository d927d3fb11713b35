/** How the preview shows and reads addresses and dates (Outlook-like, Latvian locale). */
import type { EmailAddress } from "../office/mailboxPort";

export function formatAddresses(list: EmailAddress[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join("; ");
}

export function parseAddresses(text: string): EmailAddress[] {
  return text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*)<([^<>]+)>$/.exec(part);
      return m ? { name: m[1].trim(), address: m[2].trim() } : { name: "", address: part };
    });
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat("lv-LV", { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}
