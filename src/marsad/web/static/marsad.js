// Small enhancements; every page works without them.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Field table → text: flash the highlighted mention a link points at.
  document.querySelectorAll("a.src").forEach((link) => {
    link.addEventListener("click", () => {
      const anchor = document.getElementById(link.getAttribute("href").slice(1));
      const mark = anchor && anchor.nextElementSibling;
      if (mark && mark.tagName === "MARK") {
        mark.classList.add("flash");
        setTimeout(() => mark.classList.remove("flash"), 1500);
      }
    });
  });
  // Network: hovering an actor dims those it has no edge with.
  const svg = document.querySelector("svg.network");
  if (svg) {
    const links = {};
    svg.querySelectorAll("line.edge").forEach((line) => {
      const [a, b] = line.querySelector("title").textContent.split(":")[0].split(" – ").map((s) => s.trim());
      (links[a] = links[a] || new Set()).add(b);
      (links[b] = links[b] || new Set()).add(a);
    });
    svg.querySelectorAll("a.node").forEach((node) => {
      node.addEventListener("mouseenter", () => {
        const near = links[node.dataset.id] || new Set();
        svg.querySelectorAll("a.node").forEach((other) => {
          other.classList.toggle("dim", other !== node && !near.has(other.dataset.id));
        });
      });
      node.addEventListener("mouseleave", () => svg.querySelectorAll("a.node").forEach((o) => o.classList.remove("dim")));
    });
  }
});
