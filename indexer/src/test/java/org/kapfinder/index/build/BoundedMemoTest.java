package org.kapfinder.index.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoundedMemoTest {

  @Test
  void aRememberedValueIsComputedOnce() {
    List<String> computed = new ArrayList<>();
    BoundedMemo<String, String> memo =
        new BoundedMemo<>(
            key -> {
              computed.add(key);
              return key.toUpperCase(Locale.ROOT);
            },
            10);
    assertThat(memo.get("tx")).isEqualTo("TX");
    assertThat(memo.get("tx")).isEqualTo("TX");
    assertThat(memo.get("ca")).isEqualTo("CA");
    assertThat(computed).containsExactly("tx", "ca");
  }

  @Test
  void onceFullNewValuesAreComputedEachTimeAndTheRememberedOnesKept() {
    List<Integer> computed = new ArrayList<>();
    BoundedMemo<Integer, Integer> memo =
        new BoundedMemo<>(
            key -> {
              computed.add(key);
              return key * 2;
            },
            2);
    memo.get(1);
    memo.get(2);
    assertThat(memo.get(3)).isEqualTo(6);
    assertThat(memo.get(3)).isEqualTo(6);
    assertThat(memo.get(1)).isEqualTo(2);
    assertThat(computed).containsExactly(1, 2, 3, 3);
  }
}
