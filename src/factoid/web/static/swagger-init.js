// Starts Swagger UI on /docs (a file rather than an inline script, so the page keeps a strict CSP).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
