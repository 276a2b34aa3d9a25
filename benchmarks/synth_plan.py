"""Each locality's year-to-year plan of duties (dropped, added, reordered, reworded, reassigned): the ground
truth behind its synthetic documents."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from benchmarks.synth_data import DUTIES, DUTY_BY_ID, LOCALITIES, ROLE_ORDER, Duty, Locality


@dataclass(frozen=True)
class PlannedDuty:
    duty_id: str
    role: str       # the role it is assigned to this year (differs from the duty's own role when reassigned)
    wording: int    # index into Duty.wordings
    theme: str


_EPOCH = 2000  # plans evolve from this year, so a locality-year's plan does not depend on the range asked


def _eligible(duty: Duty, year: int) -> bool:
    return duty.since <= year <= duty.until


def _plans(loc: Locality, seed: int, last_year: int) -> dict[int, list[PlannedDuty]]:
    """Plans for every year _EPOCH..last_year of one locality (a chain: each year mutates the previous)."""
    rng = Random(f"synth/{seed}/{loc.name}/base")
    ids = [d.id for d in DUTIES if _eligible(d, _EPOCH) and (d.core or rng.random() < 0.45)]
    rng.shuffle(ids)
    wording = {d.id: rng.randrange(len(d.wordings)) for d in DUTIES}
    role: dict[str, str] = {}
    role_order = list(ROLE_ORDER)
    for _ in range(2):
        i = rng.randrange(1, len(role_order) - 1)
        role_order[i], role_order[i + 1] = role_order[i + 1], role_order[i]
    out: dict[int, list[PlannedDuty]] = {}
    for year in range(_EPOCH, last_year + 1):
        r = Random(f"synth/{seed}/{loc.name}/{year}")
        if year > _EPOCH:
            ids = [i for i in ids if DUTY_BY_ID[i].until >= year]
            dropped = [i for i in ids if not DUTY_BY_ID[i].core and r.random() < 0.07]
            ids = [i for i in ids if i not in dropped]
            pool = [d.id for d in DUTIES if d.id not in ids and d.id not in dropped and _eligible(d, year)]
            fresh = [i for i in pool if DUTY_BY_ID[i].since == year and r.random() < 0.85]
            others = [i for i in pool if i not in fresh]
            n_add = max(0, len(dropped) + r.choice((-1, 0, 0, 1)))
            for i in fresh + r.sample(others, min(n_add, len(others))):
                ids.insert(r.randrange(len(ids) + 1), i)
            for _ in range(r.randint(0, 2)):  # reorder
                if len(ids) > 1:
                    j = r.randrange(len(ids) - 1)
                    ids[j], ids[j + 1] = ids[j + 1], ids[j]
            if r.random() < 0.2:
                j = r.randrange(1, len(role_order) - 1)
                role_order[j], role_order[j + 1] = role_order[j + 1], role_order[j]
            for i in ids:  # reword
                if r.random() < 0.12:
                    wording[i] = r.randrange(len(DUTY_BY_ID[i].wordings))
            for i in sorted(role):  # reassigned duties go back after a while
                if i not in ids or r.random() < 0.35:
                    del role[i]
            movable = [i for i in ids if DUTY_BY_ID[i].alt_roles and i not in role]
            if movable and r.random() < 0.3:  # reassign one to another role
                i = r.choice(movable)
                role[i] = r.choice(DUTY_BY_ID[i].alt_roles)
        rank = {ro: n for n, ro in enumerate(role_order)}
        current = [PlannedDuty(i, role.get(i, DUTY_BY_ID[i].role), wording[i], DUTY_BY_ID[i].theme)
                   for i in ids if _eligible(DUTY_BY_ID[i], year)]
        out[year] = sorted(current, key=lambda p: rank[p.role])  # stable: keeps order within a role
    return out


def _locality(name: str) -> Locality:
    for loc in LOCALITIES:
        if loc.name == name:
            return loc
    raise ValueError(f"unknown locality: {name!r}")


def duty_plan(locality: str, year: int, seed: int = 0) -> list[PlannedDuty]:
    """The duties a locality assigns in a year, in reading order: the ground truth behind its documents."""
    _check_year(year)
    return _plans(_locality(locality), seed, year)[year]


def _check_year(year: int) -> None:
    if not _EPOCH <= year <= 2100:
        raise ValueError(f"year {year} outside {_EPOCH}..2100")
