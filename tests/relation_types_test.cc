// One sentence per relation of the contract (../shared/spec/relations.md), written for the test.
#include <catch2/catch.hpp>

#include "extract_test_util.h"

using kg::testing::Extract;
using kg::testing::HasFact;

TEST_CASE("met_with: Lena Ortiz met Paul Mensah in Accra", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz met Paul Mensah in Accra."), "Lena Ortiz", "met_with",
                "Paul Mensah"));
}

TEST_CASE("met_with: a light verb with a talks noun meets", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz held talks with Paul Mensah."), "Lena Ortiz", "met_with",
                "Paul Mensah"));
}

TEST_CASE("visited: Lena Ortiz visited Ghana last year", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz visited Ghana last year."), "Lena Ortiz", "visited", "Ghana"));
}

TEST_CASE("visited: arriving in a city visits it", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz arrived in Accra on a late flight."), "Lena Ortiz", "visited",
                "Accra"));
}

TEST_CASE("spoke_to: Lena Ortiz told Paul Mensah that the deal was off", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz told Paul Mensah that the deal was off."), "Lena Ortiz",
                "spoke_to", "Paul Mensah"));
}

TEST_CASE("accused: Lena Ortiz accused Paul Mensah of lying", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz accused Paul Mensah of lying."), "Lena Ortiz", "accused",
                "Paul Mensah"));
}

TEST_CASE("criticized: Lena Ortiz criticized Paul Mensah for the delay", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz criticized Paul Mensah for the delay."), "Lena Ortiz",
                "criticized", "Paul Mensah"));
}

TEST_CASE("threatened: Lena Ortiz threatened Paul Mensah with sanctions", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz threatened Paul Mensah with sanctions."), "Lena Ortiz",
                "threatened", "Paul Mensah"));
}

TEST_CASE("attacked: Ghanaian troops attacked Togo", "[relation-types]") {
  CHECK(HasFact(Extract("Ghanaian troops attacked Togo."), "Ghana", "attacked", "Togo"));
}

TEST_CASE("captured: Ghanaian troops captured Lome", "[relation-types]") {
  CHECK(HasFact(Extract("Ghanaian troops captured Lome."), "Ghana", "captured", "Lome"));
}

TEST_CASE("captured: a passive with a by-agent", "[relation-types]") {
  CHECK(HasFact(Extract("Lome was captured by Ghanaian troops."), "Ghana", "captured", "Lome"));
}

TEST_CASE("controls: Ghana controls the border town of Aflao", "[relation-types]") {
  CHECK(HasFact(Extract("Ghana controls the border town of Aflao."), "Ghana", "controls", "Aflao"));
}

TEST_CASE("opposed: Lena Ortiz opposed Paul Mensah in the vote", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz opposed Paul Mensah in the vote."), "Lena Ortiz", "opposed",
                "Paul Mensah"));
}

TEST_CASE("supported: Lena Ortiz backed Paul Mensah in the election", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz backed Paul Mensah in the election."), "Lena Ortiz",
                "supported", "Paul Mensah"));
}

TEST_CASE("pressured: Lena Ortiz urged Paul Mensah to resign", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz urged Paul Mensah to resign."), "Lena Ortiz", "pressured",
                "Paul Mensah"));
}

TEST_CASE("proposed_to: Lena Ortiz proposed a ceasefire to Paul Mensah", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz proposed a ceasefire to Paul Mensah."), "Lena Ortiz",
                "proposed_to", "Paul Mensah"));
}

TEST_CASE("rejected: Lena Ortiz rejected Paul Mensah's offer", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz rejected Paul Mensah's offer."), "Lena Ortiz", "rejected",
                "Paul Mensah"));
}

TEST_CASE("disputed: Lena Ortiz disputed Paul Mensah's account", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz disputed Paul Mensah's account."), "Lena Ortiz", "disputed",
                "Paul Mensah"));
}

TEST_CASE("agreed_with: Ghana signed an agreement with Togo", "[relation-types]") {
  CHECK(HasFact(Extract("Ghana signed an agreement with Togo."), "Ghana", "agreed_with", "Togo"));
}

TEST_CASE("sanctioned: The European Union sanctioned Iran last month", "[relation-types]") {
  CHECK(HasFact(Extract("The European Union sanctioned Iran last month."), "European Union",
                "sanctioned", "Iran"));
}

TEST_CASE("killed: Lena Ortiz killed Paul Mensah in a duel", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz killed Paul Mensah in a duel."), "Lena Ortiz", "killed",
                "Paul Mensah"));
}

TEST_CASE("arrested: Ghanaian police arrested Paul Mensah in Accra", "[relation-types]") {
  CHECK(HasFact(Extract("Ghanaian police arrested Paul Mensah in Accra."), "Ghana", "arrested",
                "Paul Mensah"));
}

TEST_CASE("sued: Lena Ortiz sued Paul Mensah for defamation", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz sued Paul Mensah for defamation."), "Lena Ortiz", "sued",
                "Paul Mensah"));
}

TEST_CASE("investigated: Ghanaian prosecutors investigated Paul Mensah over the payments",
          "[relation-types]") {
  CHECK(HasFact(Extract("Ghanaian prosecutors investigated Paul Mensah over the payments."),
                "Ghana", "investigated", "Paul Mensah"));
}

TEST_CASE("appointed: Lena Ortiz appointed Paul Mensah as minister", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz appointed Paul Mensah as minister."), "Lena Ortiz", "appointed",
                "Paul Mensah"));
}

TEST_CASE("dismissed: Lena Ortiz fired Paul Mensah on Friday", "[relation-types]") {
  CHECK(HasFact(Extract("Lena Ortiz fired Paul Mensah on Friday."), "Lena Ortiz", "dismissed",
                "Paul Mensah"));
}
