// What `npm start` prints once everything is up. A module of its own so that the CMS's
// command-line test can run every command it shows, exactly as shown.

/** @param {{ port: string, sitePort: string, controlPort: string, previewPort: string }} ports */
export function startBanner({ port, sitePort, controlPort, previewPort }) {
  return [
    '',
    '────────────────────────────────────────────────────────────',
    ` CMS đã chạy / CMS is up:   http://localhost:${port}/admin`,
    ' Lần đầu: mở địa chỉ trên và tạo tài khoản quản trị (email + mật khẩu).',
    ' First time: open it and create the administrator account there.',
    ` Trang tĩnh / Static site:  http://localhost:${sitePort}/   (dựng lại sau mỗi lần xuất bản / rebuilt on every publish)`,
    ` Rebuild status:            http://127.0.0.1:${controlPort}/status`,
    ` Xem trước bản nháp / Draft preview: nút "Preview" trong trang sửa bài (served on :${previewPort})`,
    ` GraphQL (read-only):       http://localhost:${port}/graphql`,
    ' Site build token:          pnpm --dir cms api-token',
    ' Import legacy articles:    pnpm --dir cms import-articles <files or folders>',
    '────────────────────────────────────────────────────────────',
  ];
}
