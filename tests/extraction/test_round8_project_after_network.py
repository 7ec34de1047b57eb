"""Round 8: a project named after a network in one sentence ("deltager i det europæiske netværk A og i EU-projektet
B") is a project, not a second network named "EU-projektet B". Texts of our own."""

import pytest

from .found import names


def _names(text: str, type_: str) -> list[str]:
    return names(text, type_)


@pytest.mark.parametrize("text", [
    "Nyheder\n\nKommunen deltager i det europæiske netværk Nordic Bay Cities og i EU-projektet TideWays.",
    "Nyheter\n\nKommunen deltar i nettverket Nordic Bay Cities og i Interreg-prosjektet TideWays.",
    "News\n\nThe council takes part in the Nordic Bay Cities network and in the Interreg project TideWays.",
])
def test_a_project_after_a_network_is_no_network(text):
    assert _names(text, "network") == ["Nordic Bay Cities"]
    assert _names(text, "project") == ["TideWays"]
