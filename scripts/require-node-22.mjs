// npm runs scripts with node_modules/.bin first on PATH, where the `node@22` devDependency
// puts its binary; if its install script was skipped we would silently run on the system node.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Node ${process.versions.node} is running this script; the project needs Node 22 or newer.\n` +
      'Run `npm install` again (the node@22 devDependency provides it) and make sure install scripts are not disabled.',
  );
  process.exit(1);
}
