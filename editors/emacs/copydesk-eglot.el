;;; copydesk-eglot.el --- copydesk in Emacs through eglot  -*- lexical-binding: t -*-

;; copydesk checks the figures in news drafts: every number needs an attribution, and no
;; figure may contradict an earlier one.  eglot is built into Emacs 29; on Emacs 28 install
;; it from GNU ELPA (M-x package-install RET eglot) or, on Debian 12, `apt install elpa-eglot'.
;; Put this in your init file (or `load' this file).

(require 'eglot)

;; `copydesk lsp' for Markdown and plain-text drafts.  eglot runs one server per buffer, so
;; this takes the place of another Markdown server (marksman) in those buffers.
(add-to-list 'eglot-server-programs
             '((markdown-mode gfm-mode text-mode) . ("copydesk" "lsp")))

;; Start it in drafts only: many modes derive from text-mode (Org, Git commit messages...).
(defun copydesk-eglot-ensure ()
  "Start copydesk in Markdown and plain-text buffers."
  (when (memq major-mode '(markdown-mode gfm-mode text-mode))
    (eglot-ensure)))
(add-hook 'text-mode-hook #'copydesk-eglot-ensure)

;; Settings, sent under the `copydesk' section; leave a key out to keep the project's
;; copydesk.json value.  Best set per project in .dir-locals.el:
;;   ((nil . ((eglot-workspace-configuration
;;             . (:copydesk (:namedSources "hint" :maxDiagnostics 200))))))
;; (setq-default eglot-workspace-configuration
;;               '(:copydesk (:namedSources "hint")))

;; Keys: C-h . (or M-x eldoc) shows the hover; M-x eglot-code-actions (or
;; eglot-code-quickfix on Emacs 29) offers "Attribute to ..."; M-x flymake-goto-next-error
;; moves to the next finding, M-x flymake-show-buffer-diagnostics lists them.

(provide 'copydesk-eglot)
;;; copydesk-eglot.el ends here
