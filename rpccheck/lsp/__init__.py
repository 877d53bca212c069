"""`rpccheck server`: the checks of `rpccheck check`, in the editor, as you type."""
