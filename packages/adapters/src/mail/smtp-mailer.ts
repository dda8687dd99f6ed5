import type { MailMessage, Mailer } from '@logai/core';
import nodemailer from 'nodemailer';

export interface SmtpMailerOptions {
  /** smtp://user:password@host:port or smtps://… */
  url: string;
  from: string;
}

export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport(options.url);
  return {
    async send(message: MailMessage) {
      await transport.sendMail({ from: options.from, ...message });
    },
  };
}
