import { Anchor, Code } from '@mantine/core';

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** The plain-text body of a mail with its links clickable (an admin can follow a verification link). */
export function MailText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <Code
      block
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 'var(--mantine-font-size-sm)' }}
    >
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the split text is static
          <Anchor key={i} href={part} fz="sm">
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Code>
  );
}
