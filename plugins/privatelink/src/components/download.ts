/** Saves a file the browser already has (a CSV made here, an export from the backend). */
export function download(
  name: string,
  content: Blob | string,
  type = 'text/csv;charset=utf-8',
) {
  const blob =
    typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
