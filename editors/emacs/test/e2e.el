;;; e2e.el --- copydesk in a real headless Emacs with eglot  -*- lexical-binding: t -*-
;; Run by editors/emacs/test/e2e.sh:
;;   emacs --batch -l e2e.el SERVER CONFIG DRAFT FIXED_DRAFT [DRAFT FIXED_DRAFT ...]
;; Loads the shipped copydesk-eglot.el; for each plain-text DRAFT, waits for the flymake
;; diagnostic on "300 tanks", asks for the hover, applies "Attribute to the ministry", saves,
;; and checks the file against FIXED_DRAFT byte for byte and that the diagnostic clears.

(require 'cl-lib)
(let ((args command-line-args-left))
  (setq command-line-args-left nil)
  (defvar copydesk-server (nth 0 args))
  (defvar copydesk-config (nth 1 args))
  (defvar copydesk-drafts (nthcdr 2 args)))

(defun copydesk-bytes (file)
  (with-temp-buffer
    (set-buffer-multibyte nil)
    (insert-file-contents-literally file)
    (buffer-string)))

(defvar copydesk-checks 0)
(defvar copydesk-failures 0)
(defconst copydesk-timeout 20)

(defun copydesk-say (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun copydesk-check (ok what &optional detail)
  (setq copydesk-checks (1+ copydesk-checks))
  (if ok
      (copydesk-say "ok    %s" what)
    (setq copydesk-failures (1+ copydesk-failures))
    (copydesk-say "FAIL  %s%s" what (if detail (format ": %S" detail) "")))
  ok)

(defun copydesk-finish ()
  (copydesk-say "%d passed, %d failed" (- copydesk-checks copydesk-failures) copydesk-failures)
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if (zerop copydesk-failures) 0 1)))

(defun copydesk-wait (predicate)
  "Runs the event loop until PREDICATE holds or the time runs out; returns its value."
  (let ((end (+ (float-time) copydesk-timeout)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) end))
      (accept-process-output nil 0.05))
    value))

(defun copydesk-run-draft (draft fixed)
  "Checks one DRAFT against its FIXED form."
  (copydesk-say "--- %s" (file-name-nondirectory draft))
  (find-file draft)
  (copydesk-check (eq major-mode 'text-mode) "the draft opens in text-mode" major-mode)
  ;; eglot-ensure waits for a command loop that batch mode has not: start it directly.
  (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
  (let ((server (copydesk-wait #'eglot-current-server)))
    (copydesk-check server "eglot connected to copydesk")
    (unless server (error "no server"))
    (copydesk-say "      server: %S" (plist-get (eglot--server-info server) :name)))

  ;; Flymake's first check of a buffer also waits for a command loop.
  (flymake-start)

  ;; 1. The diagnostic.
  (let* ((diags (copydesk-wait (lambda () (flymake-diagnostics))))
         (diag (car diags))
         (text (and diag (buffer-substring-no-properties (flymake-diagnostic-beg diag)
                                                         (flymake-diagnostic-end diag)))))
    (copydesk-check (= (length diags) 1) "one diagnostic" (length diags))
    (unless diag (error "no diagnostic"))
    (copydesk-say "      diagnostic: %s on %S" (flymake-diagnostic-text diag) text)
    (copydesk-check (equal text "300 tanks") "it covers exactly \"300 tanks\"" text)
    (copydesk-check (eq (flymake-diagnostic-type diag) 'eglot-warning) "it is a warning"
                    (flymake-diagnostic-type diag))
    (copydesk-check (string-match-p "unattributed-claim"
                                    (format "%S" (cdr (assoc 'eglot-lsp-diag (eglot--diag-data diag)))))
                    "its code is unattributed-claim")

    ;; 2. Hover on "300".
    (goto-char (flymake-diagnostic-beg diag))
    (let* ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                   (eglot--TextDocumentPositionParams)))
           (info (and hover (eglot--hover-info (plist-get hover :contents)))))
      (copydesk-say "      hover: %s" (replace-regexp-in-string "\n" " | " (or info "")))
      (copydesk-check (and info (string-match-p "no attribution" info)) "hover mentions \"no attribution\"" info))

    ;; 3. The quick fix, as M-x eglot-code-actions asks for it over the figure.
    (let* ((actions (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag) "quickfix"))
           (titles (mapcar (lambda (a) (plist-get a :title)) actions))
           ;; Applied whatever the case of its title, so that the edit is still checked
           ;; when only the title is off.
           (fix (cl-find "attribute to the ministry" actions
                         :key (lambda (a) (downcase (plist-get a :title))) :test #'equal)))
      (copydesk-say "      code actions: %S" titles)
      (copydesk-check (member "Attribute to the ministry" titles)
                      "quick fix \"Attribute to the ministry\" offered" titles)
      (when fix (eglot--apply-workspace-edit (plist-get fix :edit)))))

  (save-buffer)
  (copydesk-check (equal (copydesk-bytes draft) (copydesk-bytes fixed))
                  (format "the fix attributes the figure: the saved draft is %s, byte for byte"
                          (file-name-nondirectory fixed))
                  (decode-coding-string (copydesk-bytes draft) 'utf-8))

  ;; 4. The diagnostic clears.  eglot sends the change and flymake asks again from idle
  ;; timers, and batch Emacs is never idle: do what those timers do.
  (eglot--signal-textDocument/didChange)
  (flymake-start)
  (copydesk-check (copydesk-wait (lambda () (null (flymake-diagnostics)))) "the diagnostic clears"
                  (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))

(condition-case err
    (progn
      (load copydesk-config nil t)
      ;; The shipped entry, with only the program swapped for the one under test.
      (copydesk-check (equal (cdr (assoc '(markdown-mode gfm-mode text-mode) eglot-server-programs))
                             '("copydesk" "lsp"))
                      "copydesk-eglot.el runs `copydesk lsp' for markdown and text")
      (push `((markdown-mode gfm-mode text-mode) . (,copydesk-server "lsp")) eglot-server-programs)
      (setq eglot-sync-connect t)
      (cl-loop for (draft fixed) on copydesk-drafts by #'cddr
               do (copydesk-run-draft draft fixed)))
  (error (copydesk-check nil "the session ran to the end" err)))
(copydesk-finish)
;;; e2e.el ends here
