/**
 * Apollo's landing pages (the Sandbox in development, the "production" page
 * too) load scripts and fonts from Apollo's and Google's CDNs. Nothing here may
 * reach the internet, so GET /graphql in a browser shows this plain page instead.
 */
const HTML = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>GraphQL – Hội LHPN</title></head>
<body>
<h1>GraphQL</h1>
<p>Điểm truy cập GraphQL chỉ đọc của cổng thông tin. Gửi truy vấn bằng <code>POST</code> tới địa chỉ này.</p>
<p>Read-only GraphQL endpoint of the portal: send queries with <code>POST</code> to this address.</p>
</body>
</html>`;

export const offlineLandingPage = {
  async serverWillStart() {
    return {
      async renderLandingPage() {
        return { html: HTML };
      },
    };
  },
};
