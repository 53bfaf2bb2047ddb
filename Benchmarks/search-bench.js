// Times the site's search (the code of Templates/assets/site.js) against a built index.
// Usage: node Benchmarks/search-bench.js Output/assets/search-index.*.js
"use strict";
const fs = require("fs");
const vm = require("vm");

const indexFile = process.argv[2];
const siteJS = fs.readFileSync(__dirname + "/../Templates/assets/site.js", "utf8");
const sandbox = { window: {}, console };
vm.createContext(sandbox);
const loadStart = process.hrtime.bigint();
vm.runInContext(fs.readFileSync(indexFile, "utf8"), sandbox);
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

// The search functions of site.js, taken from its source so the measured code is the shipped code.
const start = siteJS.indexOf("var decoded = {};");
const end = siteJS.indexOf("function show(");
vm.runInContext(siteJS.slice(start, end) + "\nvar index = prepare(window.RECIPEGEN_SEARCH);", sandbox);

const queries = ["nodeport", "node", "headless dns", "loadbalancer local", "ingress tls", "s", "debug endpoints",
  "externalname database", "clusterip", "statefulset", "kube proxy", "session affinity", "zzzz"];
const times = [];
for (let round = 0; round < 20; round++) {
  for (const query of queries) {
    const t = process.hrtime.bigint();
    const results = vm.runInContext(`search(${JSON.stringify(query)})`, sandbox);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (round === 0) { console.log(`${query}: ${results.length} results`); }
  }
}
times.sort((a, b) => a - b);
const docs = sandbox.window.RECIPEGEN_SEARCH.docs.length;
console.log(`index: ${docs} recipes, ${fs.statSync(indexFile).size} bytes, parsed in ${loadMs.toFixed(0)} ms`);
console.log(`query time over ${times.length} queries: median ${times[times.length >> 1].toFixed(2)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(2)} ms, max ${times[times.length - 1].toFixed(2)} ms`);
