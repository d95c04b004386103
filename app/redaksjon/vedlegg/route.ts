import { uploadAttachmentRoute } from "@/lib/attachments/upload";

export const POST = uploadAttachmentRoute;
