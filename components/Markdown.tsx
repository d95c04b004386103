import ReactMarkdown from "react-markdown";

// Markdown from editors, rendered on the server. react-markdown never renders raw HTML
// and drops unsafe URLs (javascript:, data:), so stored text cannot inject script.
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  return (
    <div className={`prose-text ${className}`}>
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
