import type { Segment } from "@/lib/publications/search-terms";

/** Text with the words that matched a search in <mark>, rendered as text (never as HTML). */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : segment.text));
}
