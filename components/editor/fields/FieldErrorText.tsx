/** The messages of one control inside a compound field, referenced by its aria-describedby. */
export function FieldErrorText({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <div id={id} className="mt-1 text-sm font-semibold text-clay">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
