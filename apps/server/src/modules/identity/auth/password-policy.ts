import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * NIST SP 800-63B / ASVS: at least 8 characters (12 suggested in the UI), long passphrases
 * accepted, no composition rules, and the most common passwords refused.
 */
export const PasswordSchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(128, 'must be at most 128 characters')
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), { message: 'is too common; choose another' });
