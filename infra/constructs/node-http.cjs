// Stands in for `node:http` in the function bundles (bundleOptions.alias). An ESM import of a Node built-in
// copies every export into the module's namespace, and node:http's lazy getters (WebSocket, EventSource…)
// then load the whole of undici: 15–60 ms of CPU at each cold start, for the STATUS_CODES middy reads.
// Through require() only what is used is touched. 'http' (unprefixed) is not aliased, so this is no loop.
module.exports = require('http');
