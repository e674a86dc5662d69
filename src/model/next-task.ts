/** A new task: what the browser has queued (input, a frame) runs first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
