# Bash completion for fus. Load it with:  source bin/fus-completion.bash
# (or copy it to /etc/bash_completion.d/fus).
_fus() {
    local cur prev commands
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    commands="run grind check repl help"
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "$commands --help" -- "$cur"))
        return
    fi
    case "${COMP_WORDS[1]}" in
        help)
            [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            ;;
        repl)
            COMPREPLY=($(compgen -W "--help" -- "$cur"))
            ;;
        grind)
            if [ "$prev" = "-o" ]; then
                COMPREPLY=($(compgen -f -X '!*.fzb' -- "$cur") $(compgen -d -- "$cur"))
            elif [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "-o --help" -- "$cur"))
            else
                COMPREPLY=($(compgen -f -X '!*.fsx' -- "$cur") $(compgen -d -- "$cur"))
            fi
            ;;
        run|check)
            if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "--help" -- "$cur"))
            elif [ "$COMP_CWORD" -eq 2 ]; then
                COMPREPLY=($(compgen -f -X '!*.@(fsx|fzb)' -- "$cur") $(compgen -d -- "$cur"))
            else
                COMPREPLY=($(compgen -f -- "$cur"))
            fi
            ;;
    esac
}
shopt -s extglob
complete -o filenames -F _fus fus
