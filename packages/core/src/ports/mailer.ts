export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Outgoing e-mail (SMTP). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
