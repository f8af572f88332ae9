"""Build tasks/config/given_names.txt, family_names.txt and ambiguous_names.txt: the name lists the redactor checks
lower-case transcript words against (tasks/redact.py).

    uv run --with faker==40.63.0 --with wordfreq==3.1.1 python scripts/names/build_lists.py

Names come from Faker's person providers (MIT licence) for the locales below, romanised only;
a name that is also an everyday English word (wordfreq's Zipf frequency >= 4, e.g. "may",
"mark", "hope", "grace", "will") is left out unless listed in ``COMMON_NAMES`` (names people
are called far more often than the word is used, e.g. "david", "sarah"): those ambiguous ones
are redacted only where a cue or a capital says they are names. ``NOT_NAMES`` drops words
of interview speech that Faker lists as names ("theres", "meta", "safari"). Run it again
only to change the lists; its output is committed.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from wordfreq import zipf_frequency

LOCALES = ["en_US", "en_GB", "en_IN", "en_IE", "en_AU", "en_NZ", "en_CA", "en_PH", "es_ES", "es_MX", "fr_FR", "de_DE",
           "it_IT", "pl_PL", "pt_BR", "pt_PT", "nl_NL", "tr_TR", "yo_NG", "zu_ZA", "tw_GH", "sw", "ja_JP", "zh_CN",
           "ko_KR", "vi_VN", "ro_RO", "cs_CZ", "hu_HU", "sv_SE", "da_DK", "no_NO", "fi_FI", "id_ID", "fil_PH", "ga_IE",
           "hr_HR", "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE"]
WORD_ZIPF = 4.0
COMMON_NAMES = set("""david john james michael george paul peter robert thomas tom richard mary charles martin henry scott
steve daniel jim alex ryan andrew adam kevin joseph edward tim dan stephen eric simon lewis sarah howard brian elizabeth
donald jason jeff luke alan jimmy kelly dave andy charlie jane anthony arthur alexander gary roger patrick gordon anna
matthew walter josh johnny kate maria bruce russell ian anne jon sean jonathan lisa larry philip alice barry jerry ted roy
danny susan albert terry steven laura greg jacob emma aaron charlotte bobby christopher fred jose barbara amy stanley
marie jennifer helen samuel craig jake keith jamie jessica antonio tyler michelle neil tommy benjamin rachel harvey jeremy
eddie nancy kyle vincent emily nathan julia juan pete catherine ashley ralph dennis carlos marcus julie karen lucas todd
colin lucy linda owen hannah dylan ruth jesse harold nicholas diana bernard angela malcolm travis bradley brandon caroline
hugh leonard derek joan amanda karl louise oliver ron margaret leo mike chris sam tony joe ben harry oscar william kevin
sydney? """.replace("?", "").split())
NOT_NAMES = set("""theres bent cord sep jun nova lone saga baptist hardy coral pier apollo gal raven valentine meta ole
ants tore tri nam roar willow sol mart bali gala safari puck mare viking isa beau baba om lore mats tor nas sayin cas bitten
paw che grit corona vid eta oman hella prima verde uno esa ama aba dai sem bas ina mari bale ale lan raf tai tao ib ping
una una ante alba pepe dino maxi dex gunn gunner imam prima philippine georgian trinidad alberta kingston aurora lambert
santos silva moreno vega reyes mercedes cohen kumar
among else made said server floor line lot job edit gang gun harm jail kick mile min mar del owe odd per peer sole ties
till tone toy wage tea ion isis nazi canal forum comfort urban yoga mate pastor queen marine santa german tan harsh""".split())


def names(attrs: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attr in attrs:
            values = getattr(provider, attr, None) or ()
            for name in (values.keys() if isinstance(values, dict) else values):
                name = name.strip()
                if re.fullmatch(r"[A-Za-z][a-z'-]+", name) and len(name) > 2:
                    found.add(name.lower())
    return found


def keep(name: str) -> bool:
    return name not in NOT_NAMES and (name in COMMON_NAMES or zipf_frequency(name, "en") < WORD_ZIPF)


def main() -> None:
    out = Path(__file__).resolve().parents[2] / "tasks" / "config"
    given = names(("first_names", "first_names_male", "first_names_female", "first_romanized_names",
                   "first_names_romanized", "romanized_first_names")) | COMMON_NAMES
    family = names(("last_names", "last_romanized_names", "last_names_romanized", "romanized_last_names"))
    header = "# Built by scripts/names/build_lists.py from Faker's person providers (MIT). One lower-case name per line.\n"
    (out / "given_names.txt").write_text(header + "\n".join(sorted(n for n in given if keep(n))) + "\n")
    (out / "family_names.txt").write_text(header + "\n".join(sorted(n for n in family if keep(n))) + "\n")
    # Names that are everyday words too ("grace", "sandy", "will"): taken only after a cue.
    (out / "ambiguous_names.txt").write_text(
        header + "\n".join(sorted(n for n in given if n not in NOT_NAMES and not keep(n))) + "\n")


if __name__ == "__main__":
    main()
