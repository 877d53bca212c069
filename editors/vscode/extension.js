// A thin client: VS Code starts `rpccheck server` and speaks LSP with it over stdio.
// Every feature (diagnostics, hover, definition, completion, quick fixes) is the server's.
"use strict";
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("rpccheck");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  const command = config.get("path", "rpccheck").replace("${workspaceFolder}", folder);
  const server = { command, args: ["server"], options: { cwd: folder || undefined } };
  const languages = ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue", "svelte", "astro", "sql"];
  client = new LanguageClient("rpccheck", "rpccheck", { run: server, debug: server }, {
    documentSelector: languages.map((language) => ({ scheme: "file", language })),
    initializationOptions: { debounce: config.get("debounce", 150) },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
